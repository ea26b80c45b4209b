package fr.agora.budget.domain;

import fr.agora.shared.domain.BusinessException;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.regex.Pattern;

/** An earmarked part of an edition's total: a secteur or QPV, a theme, or the Classes citoyennes. */
@Embeddable
public class Envelope {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_-]{0,31}$");

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 160)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EnvelopeKind kind;

    @Column(name = "territory_id")
    private Long territoryId;

    @Column(name = "amount_euros", nullable = false)
    private long amountEuros;

    protected Envelope() {
    }

    public Envelope(String code, String name, EnvelopeKind kind, Long territoryId, long amountEuros) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new BusinessException("budget.envelope.code");
        }
        if (name == null || name.isBlank() || name.length() > 160) {
            throw new BusinessException("budget.envelope.name");
        }
        if (kind == null || (kind == EnvelopeKind.TERRITORY) != (territoryId != null)) {
            throw new BusinessException("budget.envelope.territory");
        }
        if (amountEuros <= 0) {
            throw new BusinessException("budget.envelope.amount");
        }
        this.code = code;
        this.name = name.strip();
        this.kind = kind;
        this.territoryId = territoryId;
        this.amountEuros = amountEuros;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public EnvelopeKind getKind() {
        return kind;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public long getAmountEuros() {
        return amountEuros;
    }
}
