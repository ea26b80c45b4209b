package fr.agora.budget.service;

import fr.agora.budget.domain.CategoryRepository;
import fr.agora.budget.domain.CityServiceRepository;
import fr.agora.budget.domain.ClassAccountRepository;
import fr.agora.budget.domain.Envelope;
import fr.agora.budget.domain.Proposal;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns proposals into what pages show, reading each reference table once per list. */
@Component
class ProposalMapper {

    private final CategoryRepository categories;
    private final CityServiceRepository services;
    private final ClassAccountRepository classes;
    private final TerritoryService territories;

    ProposalMapper(CategoryRepository categories, CityServiceRepository services, ClassAccountRepository classes,
            TerritoryService territories) {
        this.categories = categories;
        this.services = services;
        this.classes = classes;
        this.territories = territories;
    }

    /** The reference data of one list. */
    final class Names {
        final Map<Long, CategoryData> categoryById = categories.findAll().stream().map(CategoryData::of)
                .collect(Collectors.toMap(CategoryData::id, Function.identity()));
        final Map<Long, String> serviceById = services.findAll().stream()
                .collect(Collectors.toMap(s -> s.getId(), s -> s.getName()));
        final Map<Long, String> territoryById = new HashMap<>();
        final Map<Long, String> classById = new HashMap<>();

        Names() {
            for (TerritoryData t : territories.all()) {
                territoryById.putIfAbsent(t.id(), t.name());
            }
        }
    }

    Names names() {
        return new Names();
    }

    List<ProposalSummary> summaries(List<Proposal> list, Locale locale, LocalDate today) {
        Names n = names();
        return list.stream().map(p -> summary(p, n, locale, today)).toList();
    }

    ProposalSummary summary(Proposal p, Names n, Locale locale, LocalDate today) {
        CategoryData c = p.getCategoryId() == null ? null : n.categoryById.get(p.getCategoryId());
        String envelope = p.getEnvelopeCode() == null ? null
                : p.getEdition().envelope(p.getEnvelopeCode()).map(Envelope::getName).orElse(null);
        return new ProposalSummary(p.getId(), p.getTitle(), p.getCategoryId(), c == null ? null : c.code(),
                c == null ? null : c.label(locale), p.getTerritoryId(),
                p.getTerritoryId() == null ? null : n.territoryById.get(p.getTerritoryId()), envelope, p.getStatus(),
                p.cost(), p.location(), holderLabel(p, n), p.isHidden(), p.getServiceId(),
                p.getServiceId() == null ? null : n.serviceById.get(p.getServiceId()), p.getReviewDue(),
                p.reviewOverdue(today));
    }

    /**
     * The holder as the public sees it: an association's, collective's or class's name; for a resident, only
     * « un·e habitant·e » (residents' names are not published).
     */
    private String holderLabel(Proposal p, Names n) {
        if (p.getClassAccountId() != null) {
            return n.classById.computeIfAbsent(p.getClassAccountId(),
                    id -> classes.findById(id).map(c -> c.displayName()).orElse(""));
        }
        return p.getHolderName();
    }
}
