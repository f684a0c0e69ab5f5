package fr.civitas.portal.web;

import fr.civitas.portal.application.PortalTexts;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/** {@code t("key", args…)} in views: the portal's texts from the resource bundle. */
final class TranslateExtension extends AbstractExtension {

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("t", new Translate());
    }

    private static final class Translate implements Function {

        @Override
        public List<String> getArgumentNames() {
            return null;
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object[] rest = args.entrySet().stream()
                    .filter(entry -> !entry.getKey().equals("0"))
                    .sorted(Map.Entry.comparingByKey((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b))))
                    .map(Map.Entry::getValue).toArray();
            return PortalTexts.get(String.valueOf(args.get("0")), rest);
        }
    }
}
