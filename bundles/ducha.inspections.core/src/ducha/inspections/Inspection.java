package ducha.inspections;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One inspection carried out (督察登记).
 *
 * @param inspectionNo     stable number, e.g. {@code DC2025-017}; null when recording a new one (the service numbers it)
 * @param at               date and time of the inspection; its date is the one the report counts
 * @param departments      codes of the departments inspected (at least one)
 * @param persons          工号 of the persons inspected, may be empty
 * @param inspectors       who inspected (names or a specialist group), may be empty
 * @param checklistCode    the checklist template run, null when none
 * @param checklistVersion the template's version run (kept with the results), null when none
 * @param results          the checklist results, by item position
 * @param closedOn         the day the office closed it, null while open
 */
public record Inspection(String inspectionNo, LocalDateTime at, InspectionKind kind, InspectionMode mode,
		InspectionSource source, InspectionSubject subject, List<String> departments, List<String> persons,
		String summary, String inspectors, String checklistCode, Integer checklistVersion, List<ItemResult> results,
		LocalDate closedOn) {

	public Inspection {
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(subject, "subject");
		departments = List.copyOf(departments);
		persons = List.copyOf(persons);
		summary = summary == null ? "" : summary;
		inspectors = inspectors == null ? "" : inspectors;
		results = List.copyOf(results);
	}

	/** A new inspection without a checklist, to be numbered by the service. */
	public static Inspection of(LocalDateTime at, InspectionKind kind, InspectionMode mode, InspectionSource source,
			InspectionSubject subject, List<String> departments, List<String> persons, String summary) {
		return new Inspection(null, at, kind, mode, source, subject, departments, persons, summary, "", null, null,
				List.of(), null);
	}

	/** The same inspection running the checklist version with these results. */
	public Inspection withChecklist(Checklist checklist, List<ItemResult> itemResults) {
		return new Inspection(inspectionNo, at, kind, mode, source, subject, departments, persons, summary, inspectors,
				checklist.code(), checklist.version(), itemResults, closedOn);
	}

	/** The same inspection with the checklist and results of {@code other} (an import keeps what it cannot hold). */
	public Inspection withChecklistOf(Inspection other) {
		return new Inspection(inspectionNo, at, kind, mode, source, subject, departments, persons, summary, inspectors,
				other.checklistCode(), other.checklistVersion(), other.results(), closedOn);
	}

	public LocalDate date() {
		return at.toLocalDate();
	}

	public boolean closed() {
		return closedOn != null;
	}

	/** An unannounced inspection not yet closed: only the supervision office sees it, its findings and files. */
	public boolean confidential() {
		return mode == InspectionMode.UNANNOUNCED && closedOn == null;
	}
}
