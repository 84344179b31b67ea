package ducha.inspections.internal.jpa;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.inspections.InspectionKind;
import ducha.inspections.InspectionPlan;
import ducha.inspections.InspectionSubject;

/** Row of {@code insp_plan}. */
@Entity
@Table(name = "insp_plan")
public class PlanEntity {

	/** Optimistic lock: two desktops saving the same record cannot both win (inspections migration V3). */
	@Version
	@Column(name = "version")
	private long version;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "plan_no")
	private String planNo;

	@Column(name = "plan_year")
	private int year;

	@Column(name = "plan_month")
	private String month;

	@Enumerated(EnumType.STRING)
	@Column(name = "inspection_kind")
	private InspectionKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "subject")
	private InspectionSubject subject;

	@Column(name = "theme")
	private String theme;

	@Column(name = "assignee")
	private String assignee;

	@Column(name = "due_date")
	private LocalDate due;

	@Column(name = "inspection_no")
	private String inspectionNo;

	protected PlanEntity() {
	}

	public PlanEntity(InspectionPlan plan) {
		planNo = plan.planNo();
		update(plan);
	}

	/** Takes every value of the plan but its number. */
	public void update(InspectionPlan plan) {
		year = plan.month().getYear();
		month = plan.month().toString();
		kind = plan.kind();
		subject = plan.subject();
		theme = plan.theme();
		assignee = plan.assignee();
		due = plan.due();
		inspectionNo = plan.inspectionNo();
	}

	public void carriedOutBy(String number) {
		inspectionNo = number;
	}

	public InspectionPlan toRecord() {
		return new InspectionPlan(planNo, YearMonth.parse(month), kind, subject, theme, assignee, due, inspectionNo);
	}

	/** The stored version, which the record shown to a user carries back to the save. */
	public long version() {
		return version;
	}
}
