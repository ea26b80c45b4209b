package fr.agora.council.pool;

import fr.agora.sortition.io.Csv;
import fr.agora.shared.domain.EmailAddress;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates the rows of one mapped file. Every row ends in exactly one list: accepted, left out (valid but not
 * drawable: under the minimum age) or rejected (invalid, with its reason). The caller refuses the whole file when
 * any row is rejected, so a bad file changes nothing.
 */
public final class PoolRowReader {

    /** The longest value a field may hold. */
    static final int MAX_FIELD_LENGTH = 200;

    /** The oldest plausible age: beyond it the birth date is a typing error. */
    static final int MAX_AGE = 120;

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    /**
     * What a file's rows became.
     *
     * @param accepted persons to merge into the pool
     * @param leftOut  valid rows of people who cannot be drawn
     * @param rejected invalid rows
     */
    public record Result(List<PersonRecord> accepted, List<RowIssue> leftOut, List<RowIssue> rejected,
            List<RowIssue> notices) {

        public Result {
            accepted = List.copyOf(accepted);
            leftOut = List.copyOf(leftOut);
            rejected = List.copyOf(rejected);
            notices = List.copyOf(notices);
        }
    }

    private final LocalDate referenceDate;
    private final AgeBands bands;

    /**
     * @param referenceDate the date ages are computed on (the draw's)
     * @param bands         the age bands; the first bound is the minimum age
     */
    public PoolRowReader(LocalDate referenceDate, AgeBands bands) {
        this.referenceDate = referenceDate;
        this.bands = bands;
    }

    /** Reads every row of {@code file} through {@code mapping}, tagging each person with {@code source}. */
    public Result read(PoolFile file, ColumnMapping mapping, PoolSource source) {
        List<PersonRecord> accepted = new ArrayList<>();
        List<RowIssue> leftOut = new ArrayList<>();
        List<RowIssue> rejected = new ArrayList<>();
        List<RowIssue> notices = new ArrayList<>();
        int width = file.header().size();
        for (Csv.Row row : file.rows()) {
            String[] f = row.fields();
            if (f.length != width) {
                rejected.add(RowIssue.of(file.name(), row.line(), "pool.row.width", f.length, width));
                continue;
            }
            RowIssue issue = null;
            for (String value : f) {
                if (value.length() > MAX_FIELD_LENGTH) {
                    issue = RowIssue.of(file.name(), row.line(), "pool.row.too-long", MAX_FIELD_LENGTH);
                    break;
                }
                if (Text.hasControlCharacters(value)) {
                    issue = RowIssue.of(file.name(), row.line(), "pool.row.control");
                    break;
                }
            }
            if (issue == null) {
                for (PoolField field : PoolField.values()) {
                    if (field.required() && value(f, mapping, field).isBlank()) {
                        issue = RowIssue.of(file.name(), row.line(), "pool.row.missing", field.labelKey());
                        break;
                    }
                }
            }
            if (issue != null) {
                rejected.add(issue);
                continue;
            }
            String birthText = value(f, mapping, PoolField.BIRTH_DATE);
            LocalDate birth = parseDate(birthText);
            Sex sex = Sex.parse(value(f, mapping, PoolField.SEX));
            String nationality = value(f, mapping, PoolField.NATIONALITY);
            EuStatus eu = Nationality.classify(nationality);
            boolean unknownNationality = eu == null;
            if (unknownNationality) {
                eu = EuStatus.UNKNOWN; // imported as unknown and listed in the report, never a reason to refuse
            }
            String email = EmailAddress.normalise(value(f, mapping, PoolField.EMAIL));
            String phone = phone(value(f, mapping, PoolField.PHONE));
            if (birth == null) {
                issue = RowIssue.of(file.name(), row.line(), "pool.row.birth-date", birthText);
            } else if (birth.isAfter(referenceDate)) {
                issue = RowIssue.of(file.name(), row.line(), "pool.row.birth-date-future", birthText);
            } else if (AgeBands.age(birth, referenceDate) > MAX_AGE) {
                issue = RowIssue.of(file.name(), row.line(), "pool.row.birth-date-implausible", birthText);
            } else if (sex == null) {
                issue = RowIssue.of(file.name(), row.line(), "pool.row.sex", value(f, mapping, PoolField.SEX));
            } else if (!email.isEmpty() && !EmailAddress.isValid(email)) {
                issue = RowIssue.of(file.name(), row.line(), "pool.row.email", email);
            } else if (phone == null) {
                issue = RowIssue.of(file.name(), row.line(), "pool.row.phone", value(f, mapping, PoolField.PHONE));
            }
            if (issue != null) {
                rejected.add(issue);
                continue;
            }
            int age = AgeBands.age(birth, referenceDate);
            if (age < bands.minimumAge()) {
                leftOut.add(RowIssue.of(file.name(), row.line(), "pool.row.under-age", bands.minimumAge()));
                continue;
            }
            if (unknownNationality) {
                notices.add(RowIssue.of(file.name(), row.line(), "pool.row.nationality-unknown", nationality));
            }
            accepted.add(new PersonRecord(source, file.name(), row.line(), value(f, mapping, PoolField.LAST_NAME),
                    value(f, mapping, PoolField.FIRST_NAME), birth, sex, value(f, mapping, PoolField.ADDRESS),
                    value(f, mapping, PoolField.POSTCODE), value(f, mapping, PoolField.CITY), eu,
                    value(f, mapping, PoolField.SUB_AREA), email, phone));
        }
        return new Result(accepted, leftOut, rejected, notices);
    }

    private static String value(String[] fields, ColumnMapping mapping, PoolField field) {
        return mapping.column(field).map(i -> fields[i].strip()).orElse("");
    }

    static LocalDate parseDate(String text) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    /** Digits with an optional leading +, 6 to 15 of them (E.164), spaces, dots and dashes dropped; "" stays "". */
    static String phone(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String compact = text.replaceAll("[\\s.\\-()]", "");
        return compact.matches("\\+?[0-9]{6,15}") ? compact : null;
    }
}
