package fr.civitas.testkit;

import java.util.ArrayList;
import java.util.List;

/** A Liberty configuration drop-in: variables and features layered over server.xml. */
public final class ServerOverrides {

    private final List<String> variables = new ArrayList<>();
    private final List<String> features = new ArrayList<>();
    private final List<String> elements = new ArrayList<>();

    public ServerOverrides variable(String name, String value) {
        if (value != null) {
            variables.add("  <variable name=\"" + escape(name) + "\" value=\"" + escape(value) + "\"/>");
        }
        return this;
    }

    public ServerOverrides feature(String feature) {
        features.add("    <feature>" + escape(feature) + "</feature>");
        return this;
    }

    public ServerOverrides raw(String element) {
        elements.add("  " + element);
        return this;
    }

    public String toXml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<server>\n");
        if (!features.isEmpty()) {
            xml.append("  <featureManager>\n").append(String.join("\n", features)).append("\n  </featureManager>\n");
        }
        variables.forEach(line -> xml.append(line).append('\n'));
        elements.forEach(line -> xml.append(line).append('\n'));
        return xml.append("</server>\n").toString();
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
