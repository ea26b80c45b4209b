package fr.agora.plenary.service;

import fr.agora.plenary.domain.PlenaryComment;
import fr.agora.plenary.domain.PlenaryCommentRepository;
import fr.agora.shared.service.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The plenary's part of a person's data: their comments on the conseils' contributions. Erasure detaches the author
 * (the text stays with the contribution). Representatives and votes belong to the council's membership and to the
 * voting core (a secret vote links nobody to a choice).
 */
@Component
class PlenaryPersonalData implements PersonalData {

    private final PlenaryCommentRepository comments;

    PlenaryPersonalData(PlenaryCommentRepository comments) {
        this.comments = comments;
    }

    @Override
    public String key() {
        return "plenary";
    }

    @Override
    public Map<String, Object> export(Person person) {
        Map<String, Object> result = new LinkedHashMap<>();
        List<PlenaryComment> mine = comments.findByAuthorEmail(person.email());
        if (!mine.isEmpty()) {
            result.put("comments", mine.stream().map(c -> Map.of("text", c.getBody(), "status", c.getStatus().name(),
                    "submittedAt", c.getCreatedAt().toString())).toList());
        }
        return result;
    }

    @Override
    public void erase(Person person) {
        comments.findByAuthorEmail(person.email()).forEach(PlenaryComment::anonymise);
    }
}
