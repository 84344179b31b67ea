package ducha.inspections.internal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import ducha.inspections.ChecklistItem;

/** Row of {@code insp_checklist_item}. */
@Embeddable
public class ChecklistItemValue {

	@Column(name = "position")
	private int position;

	@Column(name = "subject")
	private String subject;

	@Column(name = "item_text")
	private String text;

	@Column(name = "max_score")
	private int maxScore;

	@Column(name = "evidence_required")
	private boolean evidenceRequired;

	protected ChecklistItemValue() {
	}

	ChecklistItemValue(int position, ChecklistItem item) {
		this.position = position;
		subject = item.subject();
		text = item.text();
		maxScore = item.maxScore();
		evidenceRequired = item.evidenceRequired();
	}

	int position() {
		return position;
	}

	ChecklistItem toRecord() {
		return new ChecklistItem(subject, text, maxScore, evidenceRequired);
	}
}
