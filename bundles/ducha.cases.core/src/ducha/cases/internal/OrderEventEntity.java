package ducha.cases.internal;

import java.time.LocalDate;

import ducha.cases.TimelineEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "order_event")
public class OrderEventEntity extends CaseRowEntity {

	@Column(name = "order_id")
	private long orderId;
	@Column(name = "event_date")
	private LocalDate date;
	private String kind;
	private String detail;
	private String actor;
	/** Set on what a sweep records, unique per order: the second sweeper's insert of the same is refused. */
	@Column(name = "sweep_key")
	private String sweepKey;

	protected OrderEventEntity() {
	}

	OrderEventEntity(long orderId, String caseNo, LocalDate date, String kind, String detail, String actor) {
		super(caseNo);
		this.orderId = orderId;
		this.date = date;
		this.kind = kind;
		this.detail = detail;
		this.actor = actor;
	}

	void setSweepKey(String sweepKey) {
		this.sweepKey = sweepKey;
	}

	TimelineEvent toEvent() {
		return new TimelineEvent(orderId, caseNo(), date, kind, detail, actor);
	}
}
