package fr.agora.council.service;

import fr.agora.council.domain.CouncilDraw;
import fr.agora.sortition.Person;
import fr.agora.sortition.Quota;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a draw publishes for anyone to re-check it, without personal data: from the freeze on, the pool (ids and
 * features) and the quotas; once drawn, the sealed record and the panel's composition. Before that, nothing: the
 * draw itself refuses ({@link CouncilDraw#publishedQuotas}, {@link CouncilDraw#publishedRecord}).
 */
@Service
public class DrawPublicationService {

    private final DrawStore store;
    private final DrawPool pools;

    DrawPublicationService(DrawStore store, DrawPool pools) {
        this.store = store;
        this.pools = pools;
    }

    /** The public quota table, with the pool's counts and, once drawn, the panel's. */
    @Transactional(readOnly = true)
    public List<QuotaLine> publicQuotas(long drawId) {
        CouncilDraw d = store.load(drawId);
        return pools.lines(d, DrawPool.readQuotas(d.publishedQuotas()));
    }

    /** The draw record (JSON), public once drawn. */
    @Transactional(readOnly = true)
    public byte[] record(long drawId) {
        return store.load(drawId).publishedRecord().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The seats file (JSON lines, hash-chained): who is titulaire and suppléant of which seat, and every replacement
     * from the reserve, public once drawn ({@link fr.agora.sortition.seats.SeatLog}).
     */
    @Transactional(readOnly = true)
    public byte[] seats(long drawId) {
        return store.load(drawId).publishedSeats().getBytes(StandardCharsets.UTF_8);
    }

    /** How many replacements the seats file holds and its last hash, for the public page to state. */
    @Transactional(readOnly = true)
    public SeatsSummary seatsSummary(long drawId) {
        CouncilDraw d = store.load(drawId);
        String text = d.publishedSeats();
        String[] lines = text.strip().split("\n");
        String last = lines[lines.length - 1];
        int at = last.lastIndexOf("\"hash\":\"");
        return new SeatsSummary(lines.length - 1, at < 0 ? "" : last.substring(at + 8, last.indexOf('"', at + 8)));
    }

    /**
     * What the public page says of the seats file, so that a truncated copy can be told apart.
     *
     * @param replacements the number of replacements recorded
     * @param lastHash the hash of the file's last line
     */
    public record SeatsSummary(int replacements, String lastHash) {
    }

    /**
     * The pool for verification, public once frozen: ids and features only (Sortition Foundation layout), in the
     * committed order.
     */
    @Transactional(readOnly = true)
    public byte[] poolCsv(long drawId) {
        CouncilDraw d = store.load(drawId);
        d.publishedQuotas();
        StringBuilder s = new StringBuilder("id,").append(String.join(",", DrawPool.CATEGORIES)).append('\n');
        for (Person p : pools.pool(d)) {
            s.append(p.id());
            DrawPool.CATEGORIES.forEach(c -> s.append(',').append(p.features().get(c)));
            s.append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The frozen quotas for verification (Sortition Foundation layout with flex bounds). */
    @Transactional(readOnly = true)
    public byte[] quotasCsv(long drawId) {
        CouncilDraw d = store.load(drawId);
        StringBuilder s = new StringBuilder("feature,value,min,max,min_flex,max_flex\n");
        for (Quota q : DrawPool.readQuotas(d.publishedQuotas())) {
            s.append(q.category()).append(',').append(q.value()).append(',').append(q.min()).append(',').append(q.max())
                    .append(',').append(q.minFlex()).append(',').append(q.maxFlex()).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The anonymous composition of the drawn panel, by category and value (empty before the draw). */
    @Transactional(readOnly = true)
    public Map<String, Map<String, Long>> composition(long drawId) {
        CouncilDraw d = store.load(drawId);
        if (d.getRecordJson() == null) {
            return Map.of();
        }
        pools.checkedInstance(d);
        return DrawPool.count(pools.panel(d, pools.pool(d)));
    }
}
