package ducha.cases.internal;

import java.time.LocalDate;

import ducha.cases.OrderStatus;
import ducha.cases.SupervisionLevel;
import ducha.cases.SupervisionOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "supervision_order")
public class OrderEntity extends CaseRowEntity {

	/** Optimistic lock: a save from an out-of-date view of the row is refused (cases migration V5). */
	@Version
	@Column(name = "version")
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(name = "supervision_level")
	private SupervisionLevel level;
	@Column(name = "responsible_no")
	private String responsibleNo;
	@Column(name = "issued_by")
	private String issuedBy;
	@Column(name = "issued_date")
	private LocalDate issuedDate;
	private LocalDate deadline;
	@Enumerated(EnumType.STRING)
	private OrderStatus status;
	@Column(name = "closed_date")
	private LocalDate closedDate;
	private String subject;

	protected OrderEntity() {
	}

	OrderEntity(String caseNo, SupervisionLevel level, String responsibleNo, String issuedBy, LocalDate issuedDate,
			LocalDate deadline, String subject) {
		super(caseNo);
		this.level = level;
		this.responsibleNo = responsibleNo;
		this.issuedBy = issuedBy;
		this.issuedDate = issuedDate;
		this.deadline = deadline;
		this.subject = subject;
		this.status = OrderStatus.OPEN;
	}

	void setStatus(OrderStatus status) {
		this.status = status;
	}

	void setLevel(SupervisionLevel level) {
		this.level = level;
	}

	void setDeadline(LocalDate deadline) {
		this.deadline = deadline;
	}

	void setClosedDate(LocalDate closedDate) {
		this.closedDate = closedDate;
	}

	SupervisionOrder toOrder() {
		return new SupervisionOrder(id(), caseNo(), level, responsibleNo, issuedBy, issuedDate, deadline, status,
				closedDate, subject, version);
	}

	/** The version the row was read at: the next save of what the user saw must name it. */
	public long version() {
		return version;
	}
}
