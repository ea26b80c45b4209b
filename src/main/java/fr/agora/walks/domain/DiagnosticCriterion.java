package fr.agora.walks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A criterion of the diagnostic grid. The five of the 2015 contract are built in; admins add others and may retire
 * any (a retired criterion stays on the pins that used it). Each has a symbol (one or two characters drawn in the
 * map marker) and a colour, so that the map does not rely on colour alone.
 */
@Entity
@Table(name = "walk_criterion")
public class DiagnosticCriterion {

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,31}$");
    private static final Pattern SYMBOL = Pattern.compile("^[A-Z0-9]{1,2}$");
    private static final Pattern COLOUR = Pattern.compile("^#[0-9a-fA-F]{6}$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "label_fr", nullable = false, length = 120)
    private String labelFr;

    @Column(name = "label_en", length = 120)
    private String labelEn;

    @Column(nullable = false, length = 2)
    private String symbol;

    @Column(nullable = false, length = 7)
    private String colour;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "built_in", nullable = false)
    private boolean builtIn;

    @Version
    private long version;

    protected DiagnosticCriterion() {
    }

    public DiagnosticCriterion(String code, String labelFr, String labelEn, String symbol, String colour, int sortOrder) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("walk.criterion.code-invalid");
        }
        this.code = code;
        update(labelFr, labelEn, symbol, colour, sortOrder);
    }

    /** Changes the wording and appearance; the code never changes. */
    public void update(String labelFr, String labelEn, String symbol, String colour, int sortOrder) {
        if (labelFr == null || labelFr.isBlank() || labelFr.length() > 120 || (labelEn != null && labelEn.length() > 120)) {
            throw new IllegalArgumentException("walk.criterion.label-invalid");
        }
        String sym = symbol == null ? "" : symbol.strip().toUpperCase(Locale.ROOT);
        if (!SYMBOL.matcher(sym).matches()) {
            throw new IllegalArgumentException("walk.criterion.symbol-invalid");
        }
        if (colour == null || !COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("walk.criterion.colour-invalid");
        }
        this.labelFr = labelFr.strip();
        this.labelEn = labelEn == null || labelEn.isBlank() ? null : labelEn.strip();
        this.symbol = sym;
        this.colour = colour.toLowerCase(Locale.ROOT);
        this.sortOrder = sortOrder;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** The label in the given language (English falls back to French). */
    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : labelFr;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getSymbol() {
        return symbol;
    }

    public String getColour() {
        return colour;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }
}
