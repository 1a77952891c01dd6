package dev.drop.catalog.internal.storefront;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Map;

/**
 * The storefront's FreeMarker templates ({@code *.ftlh}: every value HTML-escaped unless a template says otherwise),
 * loaded from this bundle and parsed once.
 */
final class Templates {

    private final Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
    private final byte[] stylesheet;
    private final String stylesheetTag;

    Templates() {
        try (InputStream in = Templates.class.getResourceAsStream("storefront.css")) {
            stylesheet = in.readAllBytes();
            stylesheetTag = "\"" + Integer.toHexString(Arrays.hashCode(stylesheet)) + "\"";
        } catch (IOException e) {
            throw new UncheckedIOException("the storefront stylesheet is part of this bundle", e);
        }
        configuration.setClassLoaderForTemplateLoading(Templates.class.getClassLoader(), "dev/drop/catalog/internal/storefront");
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
    }

    byte[] stylesheet() {
        return stylesheet.clone();
    }

    String stylesheetTag() {
        return stylesheetTag;
    }

    void render(String name, Map<String, Object> model, Writer out) throws IOException {
        try {
            configuration.getTemplate(name).process(model, out);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + name + " failed", e);
        }
    }
}
