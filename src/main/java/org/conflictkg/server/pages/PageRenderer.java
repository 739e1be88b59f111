package org.conflictkg.server.pages;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * Renders pages with FreeMarker templates ({@code templates/*.ftlh} beside this class).
 * <p>
 * Every template is in FreeMarker's HTML output format with auto-escaping forced, so every value a template
 * prints is HTML-escaped, whatever the template says; templates cannot create Java objects
 * ({@code ?new} resolves nothing). A page is rendered whole into memory before any of it is sent, so a
 * template error gives an error response, never half a page.
 * <pre>
 *   String html = renderer.render(new Page("entity.ftlh", model));
 * </pre>
 */
final class PageRenderer {

    private final Configuration freemarker;

    /** @param datasetName the served dataset's name, which the layout links to (its SPARQL editor) */
    PageRenderer(String datasetName) {
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setClassForTemplateLoading(PageRenderer.class, "templates");
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setAutoEscapingPolicy(Configuration.FORCE_AUTO_ESCAPING_POLICY);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setSharedVariable("datasetName", new SimpleScalar(datasetName));
    }

    /** The page as HTML. */
    String render(Page page) {
        StringWriter html = new StringWriter();
        try {
            freemarker.getTemplate(page.template()).process(page.model(), html);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read template " + page.template(), e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Template " + page.template() + " failed: " + e.getMessage(), e);
        }
        return html.toString();
    }

    /** A model with the given values, for templates that need no more. */
    static Map<String, Object> model(Object... namesAndValues) {
        Map<String, Object> model = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2)
            model.put((String) namesAndValues[i], namesAndValues[i + 1]);
        return model;
    }
}
