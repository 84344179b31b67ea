package ducha.inspections.internal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import ducha.inspections.ItemResult;

/** Row of {@code insp_item_result}. */
@Embeddable
public class ItemResultValue {

	@Column(name = "position")
	private int position;

	@Column(name = "passed")
	private boolean passed;

	@Column(name = "score")
	private int score;

	@Column(name = "remark")
	private String remark;

	protected ItemResultValue() {
	}

	ItemResultValue(ItemResult result) {
		position = result.position();
		passed = result.passed();
		score = result.score();
		remark = result.remark();
	}

	int position() {
		return position;
	}

	ItemResult toRecord() {
		return new ItemResult(position, passed, score, remark);
	}
}
