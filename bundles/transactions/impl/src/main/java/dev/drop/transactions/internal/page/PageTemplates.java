package dev.drop.transactions.internal.page;

import dev.drop.platform.errorpage.ErrorPage;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** The payment page's FreeMarker templates (HTML auto-escaped) and its stylesheet and script. */
final class PageTemplates {

    private static final Map<String, String> ASSETS = Map.of("pay.css", "text/css;charset=utf-8",
            "pay.js", "text/javascript;charset=utf-8");

    private final Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
    private final Map<String, byte[]> assets = new HashMap<>();

    PageTemplates() {
        for (String asset : ASSETS.keySet()) {
            try (InputStream in = PageTemplates.class.getResourceAsStream(asset)) {
                assets.put(asset, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("the payment page's " + asset + " is part of this bundle", e);
            }
        }
        configuration.setClassLoaderForTemplateLoading(PageTemplates.class.getClassLoader(), "dev/drop/transactions/internal/page");
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
    }

    void render(String name, Map<String, Object> model, Writer out) throws IOException {
        try {
            configuration.getTemplate(name).process(model, out);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + name + " failed", e);
        }
    }

    void writeAsset(String name, HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] content = assets.get(name);
        if (content == null) {
            ErrorPage.notFound().write(response, request.getRequestURI());
            return;
        }
        String etag = "\"" + Integer.toHexString(Arrays.hashCode(content)) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(ASSETS.get(name));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
