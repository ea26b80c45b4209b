package fr.agora.budget.service;

import fr.agora.budget.domain.FlagRepository;
import fr.agora.budget.domain.ProposalRepository;
import fr.agora.shared.service.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget's part of a person's data: the proposals they hold and follow, their flags. On erasure they stop
 * following and their flags are removed; the proposals they hold stay (public record of the process) with their
 * address removed from the holders, so that nothing links them to the person any more.
 */
@Component
class BudgetPersonalData implements PersonalData {

    private final ProposalRepository proposals;
    private final FlagRepository flags;

    BudgetPersonalData(ProposalRepository proposals, FlagRepository flags) {
        this.proposals = proposals;
        this.flags = flags;
    }

    @Override
    public String key() {
        return "budget";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(Person person) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> held = proposals.findByHolder(person.email()).stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.getId());
            m.put("title", p.getTitle());
            m.put("status", p.getStatus().name());
            m.put("createdAt", String.valueOf(p.getCreatedAt()));
            return m;
        }).toList();
        if (!held.isEmpty()) {
            out.put("proposals", held);
        }
        List<Long> followed = proposals.findFollowedBy(person.email());
        if (!followed.isEmpty()) {
            out.put("following", followed);
        }
        List<String> flagged = flags.findByEmail(person.email()).stream().map(f -> f.getProposalId() + ": " + f.getReason()).toList();
        if (!flagged.isEmpty()) {
            out.put("flags", flagged);
        }
        return out;
    }

    @Override
    @Transactional
    public void erase(Person person) {
        proposals.findByHolder(person.email()).forEach(p -> p.removeHolder(person.email()));
        proposals.findAllById(proposals.findFollowedBy(person.email())).forEach(p -> p.unfollow(person.email()));
        flags.deleteAll(flags.findByEmail(person.email()));
    }
}
