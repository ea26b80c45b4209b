package fr.agora.plenary.service;

import java.time.LocalDate;

/** An avis sent to the city, its due date, and the answer or the days it is overdue. */
public record AvisData(long id, long plenaryId, int year, String title, String text, LocalDate sentOn,
        LocalDate dueOn, String answer, String answeredBy, LocalDate answeredOn, long daysOverdue) {
}
