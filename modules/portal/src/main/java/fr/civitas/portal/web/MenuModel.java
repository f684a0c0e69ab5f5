package fr.civitas.portal.web;

import fr.civitas.portal.domain.MenuItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The main menu as views print it: a tree of labels and links, two levels deep. */
public record MenuModel(String label, String href, List<MenuModel> children) {

    static List<MenuModel> tree(List<MenuItem> items, String base) {
        return children(items, null, base);
    }

    private static List<MenuModel> children(List<MenuItem> items, UUID parent, String base) {
        List<MenuModel> level = new ArrayList<>();
        for (MenuItem item : items) {
            if (Objects.equals(item.parentId(), parent)) {
                level.add(new MenuModel(item.label(), item.target().href(base),
                        parent == null ? children(items, item.id(), base) : List.of()));
            }
        }
        return level;
    }
}
