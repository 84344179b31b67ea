package ducha.inspections;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One inspection carried out (督察登记).
 *
 * @param inspectionNo     stable number, e.g. {@code DC2025-017}; null when recording a new one (the service numbers it)
 * @param at               date and time of the inspection; its date is the one the report counts
 * @param departments      codes of the departments inspected (at least one)
 * @param persons          工号 of the persons inspected, may be empty
 * @param inspectors       who inspected as free text (names or a group), kept for records that came without 工号
 *                         (a court's old ledgers); shown only when {@code inspectorNos} is empty, may be empty
 * @param checklistCode    the checklist template run, null when none
 * @param checklistVersion the template's version run (kept with the results), null when none
 * @param results          the checklist results, by item position
 * @param closedOn         the day the office closed it, null while open
 * @param inspectorNos     工号 of the staff who inspected (督察人员), each in the staff directory, may be empty; what
 *                         the performance archive counts
 */
public record Inspection(String inspectionNo, LocalDateTime at, InspectionKind kind, InspectionMode mode,
		InspectionSource source, InspectionSubject subject, List<String> departments, List<String> persons,
		String summary, String inspectors, String checklistCode, Integer checklistVersion, List<ItemResult> results,
		LocalDate closedOn, List<String> inspectorNos, long version) {

	/** An inspection not yet stored. */
	public Inspection(String inspectionNo, LocalDateTime at, InspectionKind kind, InspectionMode mode,
			InspectionSource source, InspectionSubject subject, List<String> departments, List<String> persons,
			String summary, String inspectors, String checklistCode, Integer checklistVersion,
			List<ItemResult> results, LocalDate closedOn, List<String> inspectorNos) {
		this(inspectionNo, at, kind, mode, source, subject, departments, persons, summary, inspectors, checklistCode,
				checklistVersion, results, closedOn, inspectorNos, 0);
	}

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
		inspectorNos = inspectorNos == null ? List.of() : List.copyOf(new LinkedHashSet<>(inspectorNos));
	}

	/** A new inspection without a checklist, to be numbered by the service. */
	public static Inspection of(LocalDateTime at, InspectionKind kind, InspectionMode mode, InspectionSource source,
			InspectionSubject subject, List<String> departments, List<String> persons, String summary) {
		return new Inspection(null, at, kind, mode, source, subject, departments, persons, summary, "", null, null,
				List.of(), null, List.of());
	}

	/** The same inspection performed by these staff (工号). */
	public Inspection withInspectors(List<String> staffNos) {
		return new Inspection(inspectionNo, at, kind, mode, source, subject, departments, persons, summary, inspectors,
				checklistCode, checklistVersion, results, closedOn, staffNos, version);
	}

	/** The same inspection running the checklist version with these results. */
	public Inspection withChecklist(Checklist checklist, List<ItemResult> itemResults) {
		return new Inspection(inspectionNo, at, kind, mode, source, subject, departments, persons, summary, inspectors,
				checklist.code(), checklist.version(), itemResults, closedOn, inspectorNos, version);
	}

	/** The same inspection with the checklist and results of {@code other} (an import keeps what it cannot hold). */
	public Inspection withChecklistOf(Inspection other) {
		return new Inspection(inspectionNo, at, kind, mode, source, subject, departments, persons, summary, inspectors,
				other.checklistCode(), other.checklistVersion(), other.results(), closedOn, inspectorNos, version);
	}

	/**
	 * Who inspected, as shown to people: the inspectors' names joined with 、, or the free text of a record that came
	 * without 工号.
	 *
	 * @param nameOf the name of a 工号 (the caller reads the directory)
	 */
	public String inspectorNames(Function<String, String> nameOf) {
		return inspectorNos.isEmpty() ? inspectors : String.join("、", inspectorNos.stream().map(nameOf).toList());
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
