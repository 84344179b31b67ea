package ducha.cases.internal;

import java.time.LocalDate;

import ducha.cases.TimelineEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "order_event")
public class OrderEventEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;
	@Column(name = "order_id")
	private long orderId;
	@Column(name = "case_no")
	private String caseNo;
	@Column(name = "event_date")
	private LocalDate date;
	private String kind;
	private String detail;
	private String actor;

	protected OrderEventEntity() {
	}

	OrderEventEntity(long orderId, String caseNo, LocalDate date, String kind, String detail, String actor) {
		this.orderId = orderId;
		this.caseNo = caseNo;
		this.date = date;
		this.kind = kind;
		this.detail = detail;
		this.actor = actor;
	}

	TimelineEvent toEvent() {
		return new TimelineEvent(orderId, caseNo, date, kind, detail, actor);
	}
}
