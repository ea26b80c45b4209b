package fr.agora.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A small read-only table that fits a phone: a real HTML table on wide screens, one card per row below 600 px
 * (each value under its column's name, long words broken; see {@code .agora-table} in {@code styles.css}). For
 * short lists (a council's members, a draw's quotas), where a {@code Grid} would scroll sideways on a phone.
 *
 * @param <T> the type of a row
 */
public class ResponsiveTable<T> extends NativeTable {

    private final List<String> headers = new ArrayList<>();
    private final List<Function<T, Component>> cells = new ArrayList<>();
    private final NativeTableBody body = new NativeTableBody();
    private final NativeTableRow headerRow = new NativeTableRow();

    /** A table with this caption, read by screen readers (visually hidden). */
    public ResponsiveTable(String caption) {
        addClassName("agora-table");
        NativeTableCaption c = new NativeTableCaption();
        c.setText(caption);
        c.addClassName("agora-sr-only");
        NativeTableHeader head = new NativeTableHeader();
        head.add(headerRow);
        add(c, head, body);
    }

    /** Adds a text column. */
    public ResponsiveTable<T> column(String header, Function<T, ?> text) {
        return componentColumn(header, t -> {
            Object value = text.apply(t);
            return new Text(value == null ? "" : value.toString());
        });
    }

    /** Adds a column whose cells are components (links, badges). */
    public ResponsiveTable<T> componentColumn(String header, Function<T, Component> cell) {
        headers.add(header);
        cells.add(cell);
        NativeTableHeaderCell th = new NativeTableHeaderCell(header);
        th.getElement().setAttribute("scope", "col");
        headerRow.add(th);
        return this;
    }

    /** Replaces the rows. */
    public void setItems(List<T> items) {
        body.removeAll();
        for (T item : items) {
            NativeTableRow row = new NativeTableRow();
            for (int i = 0; i < cells.size(); i++) {
                NativeTableCell td = new NativeTableCell();
                td.getElement().setAttribute("data-label", headers.get(i));
                td.add(cells.get(i).apply(item));
                row.add(td);
            }
            body.add(row);
        }
    }

    /** The number of rows, for tests. */
    public int rowCount() {
        return body.getChildren().mapToInt(c -> 1).sum();
    }

    /** The text of a cell, for tests. */
    public String cellText(int row, int column) {
        return body.getChildren().skip(row).findFirst().orElseThrow().getChildren().skip(column).findFirst().orElseThrow()
                .getElement().getTextRecursively();
    }
}
