package dev.drop.platform.errorpage;

import dev.drop.platform.problem.ProblemType;

/**
 * The bytes of an error answer: a problem object of four members and a self-contained page in the storefront's
 * colours and type (its style sheet may be the very thing that is not being served).
 */
final class ErrorPageText {

    static final String PROBLEM_JSON = "application/problem+json";

    private static final String STYLE = """
            :root{--paper:#fbf8f3;--ink:#1d1a17;--muted:#5e5750;--line:#e4ddd3;--accent:#6b2e3f}
            *{box-sizing:border-box}
            body{margin:0;min-height:100vh;display:grid;place-items:center;background:var(--paper);color:var(--ink);
            font:400 1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
            main{max-width:34rem;padding:3rem clamp(1rem,4vw,3rem);text-align:center}
            .status{margin:0;font-size:.75rem;letter-spacing:.16em;text-transform:uppercase;color:var(--muted)}
            h1{margin:.5rem 0 1rem;font:400 clamp(1.8rem,4vw,2.6rem)/1.15 "Iowan Old Style","Palatino Linotype",
            Palatino,"Book Antiqua",Georgia,serif}
            p{color:var(--muted)}
            """;

    private ErrorPageText() {
    }

    static String problemJson(ProblemType type, String detail) {
        return "{\"type\":" + quoted(type.uri().toString()) + ",\"title\":" + quoted(type.title())
                + ",\"status\":" + type.status() + ",\"detail\":" + quoted(detail) + "}";
    }

    static String html(int status, String title, String heading, String detail) {
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<title>" + escaped(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
                + "<main id=\"main\">\n<p class=\"status\">" + status + " · " + escaped(title) + "</p>\n"
                + "<h1>" + escaped(heading) + "</h1>\n<p>" + escaped(detail) + "</p>\n</main>\n</body>\n</html>\n";
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
