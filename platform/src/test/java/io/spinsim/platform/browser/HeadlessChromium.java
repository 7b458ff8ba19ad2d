package io.spinsim.platform.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Debian's chromium and chromium-driver (apt packages {@code chromium chromium-driver}, installed by
 * scripts/setup.sh), driven headless with a fresh profile; never a browser or driver downloaded at run time.
 * {@code CHROMIUM_BIN} and {@code CHROMEDRIVER} point elsewhere when they live elsewhere.
 */
final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    /** Fails, naming what to install, when chromium or chromedriver is missing: these tests never skip. */
    static void requireInstalled() {
        for (Path p : new Path[]{CHROMIUM, DRIVER}) {
            if (!Files.isExecutable(p)) {
                throw new IllegalStateException("The dashboard's browser tests need " + p + ": install Debian's "
                        + "'chromium' and 'chromium-driver' (apt-get install chromium chromium-driver, as "
                        + "scripts/setup.sh does), or set CHROMIUM_BIN and CHROMEDRIVER to where they are.");
            }
        }
    }

    /** A headless browser whose profile lives in {@code profile} and whose downloads land in {@code downloads}. */
    static ChromeDriver start(Path profile, Path downloads) {
        requireInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1500,1400");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
