package org.coproduce.portal.web.cache;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;

/**
 * {@code <cp:fragment key="...">}: renders its children once per key and then writes the kept HTML. The key must
 * name everything the children show (for example a thread, its page, the content generation the data was read
 * at, and what the viewer may do there); the language and the theme are added here. A null key renders the
 * children as usual. Never put a form inside: forms carry a token per session.
 */
public class CachedFragment extends UIComponentBase {

    public static final String COMPONENT_TYPE = "org.coproduce.CachedFragment";
    public static final String COMPONENT_FAMILY = "org.coproduce";

    @Override
    public String getFamily() {
        return COMPONENT_FAMILY;
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) throws IOException {
        Object given = getAttributes().get("key");
        if (given == null) {
            encodeEach(context);
            return;
        }
        String key = given + "\n" + context.getViewRoot().getLocale() + "\n" + context.getResourceLibraryContracts();
        FragmentCache cache = CDI.current().select(FragmentCache.class).get();
        ResponseWriter page = context.getResponseWriter();
        page.writeText("", null);
        String html = cache.find(key);
        if (html == null) {
            StringWriter buffer = new StringWriter(32 * 1024);
            ResponseWriter part = page.cloneWithWriter(buffer);
            context.setResponseWriter(part);
            try {
                encodeEach(context);
                part.flush();
            } finally {
                context.setResponseWriter(page);
            }
            html = buffer.toString();
            cache.keep(key, html);
        }
        page.write(html);
    }

    private void encodeEach(FacesContext context) throws IOException {
        for (UIComponent child : getChildren()) {
            child.encodeAll(context);
        }
    }
}
