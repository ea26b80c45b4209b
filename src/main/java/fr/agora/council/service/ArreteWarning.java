package fr.agora.council.service;

import java.util.List;

/**
 * Something staff must confirm having read before an arrêté is recorded (see {@link ArreteService#arreteWarnings}).
 *
 * @param key  message key of the warning
 * @param args its arguments (counts, or a {@link java.time.LocalDate} the view writes in words)
 */
public record ArreteWarning(String key, List<Object> args) {
}
