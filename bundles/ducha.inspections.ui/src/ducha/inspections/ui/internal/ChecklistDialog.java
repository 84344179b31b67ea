package ducha.inspections.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.core.security.Principal;
import ducha.inspections.Checklist;
import ducha.inspections.ChecklistItem;
import ducha.inspections.ChecklistService;

/**
 * A checklist template, new or the next version of one: its items one per line, {@code 分组｜检查内容｜分值｜需佐证}
 * (分值 0 or left out: a pass/fail item; 需佐证 是 when a failed item needs an evidence file).
 */
final class ChecklistDialog extends FormDialog<Checklist> {

	private static final Pattern BAR = Pattern.compile("\\s*[|｜]\\s*");
	private static final String YES = "是";

	private final ChecklistService checklists;
	private final Principal principal;
	/** The version the form was filled from (the save makes the one after it), or null for a new template. */
	private Checklist edited;

	private Text code;
	private Text title;
	private Text lines;

	ChecklistDialog(Shell parent, Background background, ChecklistService checklists, Principal principal,
			Checklist edited) {
		super(parent, background, Messages.checklistTitle,
				edited == null ? Messages.checklistNew : NLS.bind(Messages.checklistNext, edited.version() + 1),
				Messages.checklistMessage);
		this.checklists = checklists;
		this.principal = principal;
		this.edited = edited;
	}

	@Override
	protected void fields(Composite form) {
		code = Forms.text(form, Messages.fieldCode, "checklist.code");
		title = Forms.text(form, Messages.fieldTitle, "checklist.title");
		lines = Forms.area(form, Messages.fieldItems, "checklist.items", 10);
		if (edited != null) {
			code.setText(edited.code());
			code.setEditable(false);
			fill();
		}
	}

	private void fill() {
		title.setText(edited.title());
		List<String> text = new ArrayList<>();
		for (ChecklistItem i : edited.items()) {
			text.add(i.subject() + "｜" + i.text() + "｜" + i.maxScore() + "｜" + (i.evidenceRequired() ? YES : ""));
		}
		lines.setText(String.join("\n", text));
	}

	@Override
	protected List<String> problems() {
		if (Forms.optional(code) == null || Forms.optional(title) == null) {
			return List.of(Messages.checklistIncomplete);
		}
		List<ChecklistItem> items = items();
		return items == null ? List.of(Messages.checklistBadLine)
				: items.isEmpty() ? List.of(Messages.checklistIncomplete) : List.of();
	}

	/** The items of the text, or null when a line is not {@code 分组｜检查内容[｜分值[｜需佐证]]}. */
	private List<ChecklistItem> items() {
		List<ChecklistItem> items = new ArrayList<>();
		for (String line : lines.getText().split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] cells = BAR.split(line.strip(), -1);
			if (cells.length < 2 || cells.length > 4 || cells[0].isEmpty() || cells[1].isEmpty()) {
				return null;
			}
			int score;
			try {
				score = cells.length > 2 && !cells[2].isEmpty() ? Integer.parseInt(cells[2]) : 0;
			} catch (NumberFormatException e) {
				return null;
			}
			if (score < 0) {
				return null;
			}
			items.add(new ChecklistItem(cells[0], cells[1], score, cells.length > 3 && YES.equals(cells[3])));
		}
		return items;
	}

	@Override
	protected Callable<Checklist> save() {
		String c = Forms.optional(code);
		String t = Forms.optional(title);
		List<ChecklistItem> items = items();
		int basedOn = edited == null ? 0 : edited.version();
		return () -> checklists.save(c, t, items, basedOn, principal);
	}

	/** Reads the template's latest version: the form then edits it. */
	@Override
	protected Callable<Runnable> reload() {
		if (edited == null) {
			return null;
		}
		String c = edited.code();
		return () -> {
			Checklist latest = checklists.latest(principal).stream().filter(l -> l.code().equals(c)).findFirst()
					.orElseThrow();
			return () -> {
				edited = latest;
				fill();
				setTitle(NLS.bind(Messages.checklistNext, latest.version() + 1));
			};
		};
	}
}
