package io.spinsim.studies;

import java.util.List;

/** JUnit XML (the Ant/Surefire format every CI reads): one testsuite, a testcase per check. */
final class JUnitXml {

    /** @param failure null when the check passed */
    record TestCase(String className, String name, String failure, String details) {
    }

    private JUnitXml() {
    }

    static String write(String suite, List<TestCase> cases, double seconds) {
        long failures = cases.stream().filter(c -> c.failure() != null).count();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"").append(esc(suite)).append("\" tests=\"").append(cases.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\" time=\"")
                .append(String.format(java.util.Locale.ROOT, "%.3f", seconds)).append("\">\n");
        for (TestCase c : cases) {
            xml.append("  <testcase classname=\"").append(esc(c.className())).append("\" name=\"").append(esc(c.name()))
                    .append("\">");
            if (c.failure() != null) {
                xml.append("\n    <failure message=\"").append(esc(c.failure())).append("\">").append(esc(c.details()))
                        .append("</failure>\n  ");
            } else if (c.details() != null) {
                xml.append("<system-out>").append(esc(c.details())).append("</system-out>");
            }
            xml.append("</testcase>\n");
        }
        return xml.append("</testsuite>\n").toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(ch < 0x20 && ch != '\n' && ch != '\t' ? ' ' : ch);
            }
        }
        return out.toString();
    }
}
