package fr.agora.budget.service;

import fr.agora.budget.domain.VoteSettings;
import java.util.List;

/**
 * Writes a ballot box's anonymised ballots as a Pabulib file (pabulib.org format): META, the projects with their
 * cost, name and votes, and one line per non-blank ballot, numbered in the order the voting core publishes them
 * (the order of random ids, which says nothing of when they were cast).
 */
final class PabulibFiles {

    /** A project of the file; {@code id} is the proposal id as text. */
    record Project(String id, long cost, String name) {
    }

    private PabulibFiles() {
    }

    static String write(int year, String editionTitle, String unit, long budget, VoteSettings v,
            List<Project> projects, List<List<String>> ballots) {
        StringBuilder out = new StringBuilder();
        out.append("META\nkey;value\n");
        meta(out, "description", editionTitle + " - " + unit);
        meta(out, "country", "France");
        meta(out, "unit", "Amiens");
        meta(out, "subunit", unit);
        meta(out, "instance", String.valueOf(year));
        meta(out, "num_projects", String.valueOf(projects.size()));
        meta(out, "num_votes", String.valueOf(ballots.size()));
        meta(out, "budget", String.valueOf(budget));
        meta(out, "vote_type", "approval");
        meta(out, "rule", v.getRule() == VoteSettings.Rule.GREEDY ? "greedy" : "equalshares/add1");
        if (v.getBallotType() == VoteSettings.BallotType.KNAPSACK) {
            meta(out, "max_sum_cost", String.valueOf(budget));
        } else {
            meta(out, "max_length", String.valueOf(v.getMaxChoices()));
        }
        meta(out, "comment", "Bulletins anonymises publies par Agora ; bulletins blancs non inclus ; egalites : tirage "
                + "graine " + v.getLotSeed());
        out.append("PROJECTS\nproject_id;cost;name;votes\n");
        for (Project p : projects) {
            long votes = ballots.stream().filter(b -> b.contains(p.id())).count();
            out.append(p.id()).append(';').append(p.cost()).append(';').append(field(p.name())).append(';')
                    .append(votes).append('\n');
        }
        out.append("VOTES\nvoter_id;vote\n");
        int n = 1;
        for (List<String> b : ballots) {
            out.append(n++).append(';').append(String.join(",", b)).append('\n');
        }
        return out.toString();
    }

    private static void meta(StringBuilder out, String key, String value) {
        out.append(key).append(';').append(field(value)).append('\n');
    }

    private static String field(String s) {
        String one = s.replace('\n', ' ').replace('\r', ' ');
        if (one.indexOf(';') < 0 && one.indexOf('"') < 0) {
            return one;
        }
        return '"' + one.replace("\"", "\"\"") + '"';
    }
}
