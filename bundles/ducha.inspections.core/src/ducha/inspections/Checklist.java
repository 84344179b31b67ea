package ducha.inspections;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;

import ducha.core.ValidationException;

/**
 * A version of a checklist template (检查清单): saving a template again makes its next version, and an inspection
 * keeps the version it ran, so old results stay readable after the office edits the template.
 */
public record Checklist(String code, int version, String title, LocalDate savedOn, List<ChecklistItem> items) {

	public Checklist {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(title, "title");
		items = List.copyOf(items);
	}

	/**
	 * Adds the results up: a pass/fail item counts as passed or failed; a scored item gives its points (its
	 * {@link ItemResult#passed()} is ignored) and counts as passed only with its full score.
	 *
	 * @throws ValidationException for a result of no item of this version, an item given two results, or a score
	 *                             outside 0..the item's most
	 */
	public ChecklistScore score(List<ItemResult> results) {
		int passed = 0;
		int failed = 0;
		int score = 0;
		int max = items.stream().mapToInt(ChecklistItem::maxScore).sum();
		boolean[] seen = new boolean[items.size()];
		for (ItemResult r : results) {
			if (r.position() < 1 || r.position() > items.size() || seen[r.position() - 1]) {
				throw new ValidationException(NLS.bind(Messages.checklistNoItem, new Object[] { title, version, r.position() }));
			}
			seen[r.position() - 1] = true;
			ChecklistItem item = items.get(r.position() - 1);
			boolean ok = r.passed();
			if (item.scored()) {
				if (r.score() < 0 || r.score() > item.maxScore()) {
					throw new ValidationException(
							NLS.bind(Messages.checklistBadScore, new Object[] { item.text(), r.score(), item.maxScore() }));
				}
				score += r.score();
				ok = r.score() == item.maxScore();
			}
			if (ok) {
				passed++;
			} else {
				failed++;
			}
		}
		return new ChecklistScore(passed, failed, score, max);
	}
}
