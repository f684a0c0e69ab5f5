package fr.civitas.portal.web;

/** Which slice of a long list a page shows. */
public record Pagination(int page, int perPage, long total) {

    static int page(String requested) {
        try {
            int page = Integer.parseInt(requested);
            return page < 1 || page > 10_000 ? 1 : page;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public int pages() {
        return (int) Math.max(1, (total + perPage - 1) / perPage);
    }

    public int offset() {
        return (page - 1) * perPage;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
