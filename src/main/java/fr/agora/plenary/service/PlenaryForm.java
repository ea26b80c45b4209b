package fr.agora.plenary.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A plenary to plan (Europe/Paris date and time).
 *
 * @param councilIds the conseils taking part; empty for every conseil
 */
public record PlenaryForm(@NotBlank @Size(max = 200) String title, @NotNull LocalDate date, @NotNull LocalTime time,
        @NotBlank @Size(max = 255) String place, List<String> agenda, @Min(1) @Max(99) int quorumPercent,
        @Min(1) @Max(24) int answerMonths, @NotNull LocalDate contributionDeadline, boolean suppleantsAllowed,
        List<Long> councilIds) {
}
