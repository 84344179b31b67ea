package ducha.inspections;

/**
 * The result of one checklist item in an inspection.
 *
 * @param position the item's position in the checklist version, from 1
 * @param passed   a pass/fail item passed; a scored item passed when it got its full score
 * @param score    the points given to a scored item (0 for pass/fail items)
 * @param remark   what was seen, may be empty
 */
public record ItemResult(int position, boolean passed, int score, String remark) {

	public ItemResult {
		remark = remark == null ? "" : remark;
	}

	public static ItemResult pass(int position) {
		return new ItemResult(position, true, 0, "");
	}

	public static ItemResult fail(int position, String remark) {
		return new ItemResult(position, false, 0, remark);
	}

	public static ItemResult scored(int position, int score, String remark) {
		return new ItemResult(position, false, score, remark);
	}
}
