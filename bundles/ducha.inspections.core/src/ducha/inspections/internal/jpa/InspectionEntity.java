package ducha.inspections.internal.jpa;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.inspections.Inspection;
import ducha.inspections.InspectionKind;
import ducha.inspections.InspectionMode;
import ducha.inspections.InspectionSource;
import ducha.inspections.InspectionSubject;

/**
 * Row of {@code insp_inspection} with its departments, persons, inspectors and checklist results in their own
 * tables.
 */
@Entity
@Table(name = "insp_inspection")
public class InspectionEntity {

	/** Optimistic lock: two desktops saving the same record cannot both win (inspections migration V3). */
	@Version
	@Column(name = "version")
	private long version;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "inspection_no")
	private String inspectionNo;

	@Column(name = "inspected_at")
	private LocalDateTime at;

	@Enumerated(EnumType.STRING)
	@Column(name = "inspection_kind")
	private InspectionKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "inspection_mode")
	private InspectionMode mode;

	@Enumerated(EnumType.STRING)
	@Column(name = "inspection_source")
	private InspectionSource source;

	@Enumerated(EnumType.STRING)
	@Column(name = "subject")
	private InspectionSubject subject;

	@Column(name = "summary")
	private String summary;

	@Column(name = "inspectors")
	private String inspectors;

	@Column(name = "checklist_code")
	private String checklistCode;

	@Column(name = "checklist_version")
	private Integer checklistVersion;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "insp_inspection_department", joinColumns = @JoinColumn(name = "inspection_id"))
	@Column(name = "department_code")
	private List<String> departments = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "insp_inspection_person", joinColumns = @JoinColumn(name = "inspection_id"))
	@Column(name = "staff_no")
	private List<String> persons = new ArrayList<>();

	/** Who inspected by 工号, in the order recorded (db/inspections/V2). */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "insp_inspection_inspector", joinColumns = @JoinColumn(name = "inspection_id"))
	@OrderColumn(name = "position")
	@Column(name = "staff_no")
	private List<String> inspectorNos = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "insp_item_result", joinColumns = @JoinColumn(name = "inspection_id"))
	private List<ItemResultValue> results = new ArrayList<>();

	protected InspectionEntity() {
	}

	public InspectionEntity(String number, Inspection inspection) {
		inspectionNo = number;
		update(inspection);
	}

	/** Takes every value of the inspection but its number. */
	public void update(Inspection i) {
		at = i.at();
		kind = i.kind();
		mode = i.mode();
		source = i.source();
		subject = i.subject();
		summary = i.summary();
		inspectors = i.inspectors();
		checklistCode = i.checklistCode();
		checklistVersion = i.checklistVersion();
		closedOn = i.closedOn();
		departments.clear();
		departments.addAll(i.departments());
		persons.clear();
		persons.addAll(i.persons());
		inspectorNos.clear();
		inspectorNos.addAll(i.inspectorNos());
		results.clear();
		i.results().forEach(r -> results.add(new ItemResultValue(r)));
	}

	public long id() {
		return id;
	}

	public String inspectionNo() {
		return inspectionNo;
	}

	public void close(LocalDate on) {
		closedOn = on;
	}

	public Inspection toRecord() {
		return new Inspection(inspectionNo, at, kind, mode, source, subject, List.copyOf(departments),
				List.copyOf(persons), summary, inspectors, checklistCode, checklistVersion,
				results.stream().sorted(Comparator.comparingInt(ItemResultValue::position))
						.map(ItemResultValue::toRecord).toList(),
				closedOn, List.copyOf(inspectorNos), version);
	}

	/** The stored version, which the record shown to a user carries back to the save. */
	public long version() {
		return version;
	}
}
