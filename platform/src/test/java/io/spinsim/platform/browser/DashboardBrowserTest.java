package io.spinsim.platform.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * The dashboard in headless Chromium against the platform in this JVM (API + solver, fresh database, API keys
 * enforced): log in with a key, submit an llg job from the form, watch it finish, see its plots drawn and its
 * snapshots play, download an artifact; a bad spec's problems listed by field; a sweep's heat map and children;
 * the solver throughput of those jobs on the metrics Grafana reads.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** 32 x 32 film of seed 001's material relaxing in a tilted field: 20 ps, a table row per ps, 4 snapshots. */
    private static final String FILM = """
            {"type": "llg", "spec": {"name": "browser test film",
              "mesh": {"nx": 32, "ny": 32, "nz": 1, "dx_m": 2e-9, "dy_m": 2e-9, "dz_m": 1e-9},
              "material": {"ms_A_per_m": 5.8e5, "a_J_per_m": 1.5e-11, "ku_J_per_m3": 8e5, "alpha": 0.3,
                           "dmi_J_per_m2": 3e-3},
              "field": {"b_T": [0.2, 0, 0.05]},
              "run": {"dt_s": 2e-14, "duration_s": 2e-11, "backend": "java"},
              "outputs": {"table_interval_s": 1e-12, "snapshot_interval_s": 5e-12, "topology": true}}}""";

    private static Path profile;
    private static Path downloads;
    private static ChromeDriver browser;
    private static InProcessPlatform platform;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.requireInstalled();
        platform = InProcessPlatform.start();
        profile = Files.createTempDirectory("spinsim-chromium-profile");
        downloads = Files.createTempDirectory("spinsim-chromium-downloads");
        browser = HeadlessChromium.start(profile, downloads);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (platform != null) {
            platform.close();
        }
        for (Path dir : new Path[]{profile, downloads}) {
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds), Duration.ofMillis(100));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return getFrom(platform.apiUrl(), path);
    }

    private static HttpResponse<byte[]> getFrom(String service, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(service + path))
                .header("Authorization", "Bearer " + platform.adminKey()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void openDashboard(String hash) {
        browser.get(platform.apiUrl() + "/" + hash);
        if (js("return sessionStorage.getItem('spinsim.apiKey')") == null) {
            js("sessionStorage.setItem('spinsim.apiKey', arguments[0])", platform.adminKey());
            browser.navigate().refresh();
        }
    }

    private static void typeRequest(String request) {
        WebElement textarea = browser.findElement(By.id("request"));
        textarea.clear();
        textarea.sendKeys(request);
    }

    /** The drawing element of the plot whose caption starts with {@code caption}. */
    private static WebElement chart(String caption) {
        return waitUpTo(10).until(d -> d.findElements(By.cssSelector("figure.plot")).stream()
                .filter(f -> f.findElement(By.tagName("figcaption")).getText().startsWith(caption))
                .map(f -> f.findElement(By.className("chart"))).findFirst().orElse(null));
    }

    /** Canvas pixels within 12 of an RGB colour: how much of one series was drawn. */
    private static long pixelsOf(WebElement chart, int r, int g, int b) {
        return (Long) js("""
                const c = arguments[0].querySelector('canvas');
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let n = 0;
                for (let i = 0; i < d.length; i += 4) {
                  if (Math.abs(d[i] - arguments[1]) < 12 && Math.abs(d[i + 1] - arguments[2]) < 12
                      && Math.abs(d[i + 2] - arguments[3]) < 12 && d[i + 3] > 200) n++;
                }
                return n;""", chart, r, g, b);
    }

    private static String awaitDrawnJob() {
        waitUpTo(10).until(ExpectedConditions.urlMatches("#/jobs/[0-9a-f-]{36}$"));
        String id = browser.getCurrentUrl().replaceAll(".*#/jobs/", "");
        waitUpTo(90).until(d -> "true".equals(d.findElement(By.id("job")).getDomAttribute("data-drawn")));
        return id;
    }

    @Test
    @Order(1)
    void aWrongKeyIsRefusedAndTheRightOneOpensTheDashboard() {
        browser.get(platform.apiUrl() + "/");
        WebElement box = waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
        browser.findElement(By.id("login-key")).sendKeys("spk_00000000_not-a-key");
        browser.findElement(By.cssSelector("#login-form button")).click();
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-reason"), "not accepted"));
        assertThat(box.isDisplayed()).isTrue();

        browser.findElement(By.id("login-key")).sendKeys(platform.adminKey());
        browser.findElement(By.cssSelector("#login-form button")).click();
        waitUpTo(10).until(ExpectedConditions.invisibilityOfElementLocated(By.id("login")));
        // the examples arrived through the key: the form is prefilled with one of them
        waitUpTo(10).until(d -> d.findElement(By.id("request")).getDomProperty("value").contains("\"spec\""));
        assertThat(new Select(browser.findElement(By.id("example"))).getOptions()).hasSizeGreaterThan(5);
    }

    @Test
    @Order(2)
    void llgJobSubmittedFromTheFormFinishesWithItsPlotsSnapshotsAndDownloads() throws Exception {
        openDashboard("");
        browser.findElement(By.cssSelector("#submit-panel summary")).click();
        waitUpTo(10).until(d -> d.findElement(By.id("request")).getDomProperty("value").contains("\"type\""));
        typeRequest(FILM);
        browser.findElement(By.id("send")).click();
        String id = awaitDrawnJob();

        assertThat(browser.findElement(By.id("job")).getDomAttribute("data-status")).isEqualTo("succeeded");
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector("tr.job[data-id='" + id + "'][data-status='succeeded']"))
                .isEmpty());

        JsonNode artifacts = JSON.readTree(get("/api/v1/jobs/" + id + "/artifacts").body());
        String tableHref = null;
        for (JsonNode a : artifacts) {
            if (a.get("name").asString().equals("table.csv")) {
                tableHref = a.get("href").asString();
            }
        }
        byte[] table = get(tableHref).body();
        long rows = new String(table).lines().count() - 1;
        WebElement m = chart("⟨m⟩(t)");
        // mx, my and mz: one drawn value per table row each
        assertThat(m.getDomAttribute("data-points")).isEqualTo(String.valueOf(3 * rows));
        // the first series (mx) is drawn in #2b6cb0: with its data emptied only its legend icon is, 65 such pixels
        // (measured); a curve across the plot area adds about 300
        assertThat(pixelsOf(m, 0x2b, 0x6c, 0xb0)).isGreaterThan(200);
        // 20 ps of simulated time and energies of a 64 x 64 nm film read in ps and aJ
        assertThat(js("return echarts.getInstanceByDom(arguments[0]).getOption().xAxis[0].name", m)).isEqualTo("t (ps)");
        WebElement energy = chart("Energy");
        assertThat(js("return echarts.getInstanceByDom(arguments[0]).getOption().yAxis[0].name", energy))
                .isEqualTo("E (aJ)");
        assertThat(Integer.parseInt(energy.getDomAttribute("data-points"))).isPositive();
        assertThat(Integer.parseInt(chart("Topological charge").getDomAttribute("data-points"))).isPositive();

        // the snapshots: 4 at 5 ps intervals plus the final state, shown through blob: URLs, the last one first
        WebElement frame = browser.findElement(By.cssSelector("figure.snapshots img"));
        assertThat(frame.getDomAttribute("src")).startsWith("blob:");
        waitUpTo(10).until(d -> ((Long) js("return arguments[0].naturalWidth", frame)) > 0);
        assertThat(browser.findElement(By.cssSelector("figure.snapshots input[type=range]")).getDomAttribute("max"))
                .isEqualTo("4");

        browser.findElement(By.cssSelector("button.download[data-name='table.csv']")).click();
        Path saved = downloads.resolve("table.csv");
        waitUpTo(20).until(d -> Files.exists(saved) && !Files.exists(downloads.resolve("table.csv.crdownload")));
        assertThat(Files.readAllBytes(saved)).isEqualTo(table);
    }

    @Test
    @Order(3)
    void unitsInNamesReadAsAPhysicistWritesThem() {
        openDashboard("");
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/format.js').then(f => done([
                  f.pointLabel('material.dmi_J_per_m2=0.003, material.ku_J_per_m3=800000.0'),
                  f.quantity(3.2e-9, 's'), f.quantity(5e11, 'A/m²'), f.quantity(2.5e-4, 'S'),
                  f.axisTitle(f.parseName('cell_evals_per_s').label, f.parseName('cell_evals_per_s').unit),
                  f.axisTitle(f.parseName('sk_radius_m_layer1').label, f.parseName('sk_radius_m_layer1').unit),
                  f.parseName('final_m[2]').label,
                  f.axisTitle(f.parseName('field.b_T[0]').label, f.parseName('field.b_T[0]').unit)]));""");
        assertThat(shown).containsExactly("dmi 3 mJ/m², ku 800 kJ/m³", "3.2 ns",
                "5e11 A/m²", // a current density keeps its SI unit: no "TA/m²"
                "250 µS", "cell evals (1/s)", "sk radius layer 1 (m)", "⟨mz⟩", "field.b[0] (T)");
    }

    @Test
    @Order(4)
    void specOutOfRangeIsRejectedWithTheFieldAndItsRangeListed() {
        openDashboard("");
        browser.findElement(By.cssSelector("#submit-panel summary")).click();
        waitUpTo(10).until(d -> d.findElement(By.id("request")).getDomProperty("value").contains("\"type\""));
        typeRequest(FILM.replace("\"alpha\": 0.3", "\"alpha\": 20"));
        browser.findElement(By.id("send")).click();
        WebElement errors = waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#submit-errors li")));
        assertThat(errors.getText()).contains("spec.material.alpha").contains("allowed");
        assertThat(browser.getCurrentUrl()).doesNotContain("#/jobs/");
    }

    @Test
    @Order(5)
    void sweepShowsItsHeatMapAndItsChildJobs() throws Exception {
        // Stoner-Wohlfarth tilt of a uniform 8 x 8 film over field and anisotropy: four tiny children
        String sweep = """
                {"type": "sweep", "spec": {"name": "browser test sweep",
                  "job": {"type": "llg", "spec": {
                    "mesh": {"nx": 8, "ny": 8, "nz": 1, "dx_m": 2e-9, "dy_m": 2e-9, "dz_m": 1e-9},
                    "material": {"ms_A_per_m": 5.8e5, "a_J_per_m": 1.5e-11, "ku_J_per_m3": 8e5, "alpha": 1.0},
                    "field": {"b_T": [0.1, 0, 0]},
                    "run": {"dt_s": 5e-14, "duration_s": 1e-11, "backend": "java"}}},
                  "axes": [{"path": "field.b_T[0]", "values": [0.1, 0.3]},
                           {"path": "material.ku_J_per_m3", "values": [8e5, 1.6e6]}],
                  "collect": ["final_m[0]"],
                  "heatmap": {"x": "field.b_T[0]", "y": "material.ku_J_per_m3", "value": "final_m[0]"}}}""";
        HttpResponse<byte[]> submitted = HTTP.send(HttpRequest.newBuilder(URI.create(platform.apiUrl() + "/api/v1/jobs"))
                .header("Authorization", "Bearer " + platform.adminKey()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(sweep)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(submitted.statusCode()).as(new String(submitted.body())).isEqualTo(202);
        String id = JSON.readTree(submitted.body()).get("id").asString();

        openDashboard("#/jobs/" + id);
        awaitDrawnJob();
        WebElement map = chart("⟨mx⟩ over field.b[0] × material.ku");
        assertThat(map.getDomAttribute("data-points")).isEqualTo("4");
        // the four cells fill most of the plot area in the colour map's hues, far more than the colour bar
        long coloured = (Long) js("""
                const c = arguments[0].querySelector('canvas');
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let n = 0;
                for (let i = 0; i < d.length; i += 4) {
                  if (Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) > 60) n++;
                }
                return n;""", map);
        assertThat(coloured).isGreaterThan(10_000);
        List<WebElement> children = browser.findElements(By.cssSelector("table.children tr"));
        assertThat(children).hasSize(4);
        assertThat(children.get(0).getText()).contains("b[0] 100 mT, ku 800 kJ/m³").contains("succeeded");
    }

    /** The value of the Prometheus sample {@code name{...type="llg"...}} on the solver service. */
    private static double sample(String scrape, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*type=\"llg\"[^}]*} (\\S+)$").matcher(scrape);
        assertThat(m.find()).as("%s in%n%s", name, scrape).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    @Order(6)
    void solverThroughputOfTheLlgJobsIsExportedForGrafana() throws Exception {
        JsonNode llg = JSON.readTree(get("/api/v1/jobs?type=llg&status=succeeded&size=50").body());
        List<Double> rates = new ArrayList<>();
        for (JsonNode line : llg.get("items")) {
            rates.add(JSON.readTree(get(line.get("self").asString()).body()).get("result").get("cell_evals_per_s")
                    .asDouble());
        }
        assertThat(rates).hasSize(5).allMatch(r -> r > 0);
        String scrape = new String(getFrom(platform.solverUrl(), "/actuator/prometheus").body());
        assertThat(sample(scrape, "spinsim_solver_job_cell_evals_per_second_count")).isEqualTo(rates.size());
        // the same doubles summed in another order: equal to rounding
        assertThat(sample(scrape, "spinsim_solver_job_cell_evals_per_second_sum"))
                .isCloseTo(rates.stream().mapToDouble(Double::doubleValue).sum(), withinPercentage(1e-9));
        assertThat(rates).contains(sample(scrape, "spinsim_solver_cell_evals_per_second"));
    }
}
