package ducha.cases.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.cases.MarkKind;

/**
 * 标记 / 取消标记: the case, the kind and the reason, which the history keeps for both.
 *
 * @param <T> what storing the mark returns
 */
final class MarkDialog<T> extends FormDialog<T> {

	/** What the user entered. */
	record Entered(String caseNo, MarkKind kind, String reason) {
	}

	private final List<MarkKind> kinds;
	private final Function<Entered, Callable<T>> store;
	private Text caseNo;
	private Combo kind;
	private Text reason;

	MarkDialog(Shell parent, Background background, String title, List<MarkKind> kinds,
			Function<Entered, Callable<T>> store) {
		super(parent, background, title);
		this.kinds = kinds;
		this.store = store;
	}

	@Override
	protected void fields(Composite form) {
		caseNo = Forms.text(form, Messages.Cases_colNo, "mark.case");
		caseNo.setMessage(Messages.Order_caseHint);
		kind = Forms.choice(form, Messages.Mark_colKinds, "mark.kind",
				kinds.stream().map(MarkKind::label).toArray(String[]::new));
		reason = Forms.area(form, Messages.Order_reason, "mark.reason", 3);
	}

	@Override
	protected List<String> problems() {
		List<String> missing = new ArrayList<>();
		if (caseNo.getText().isBlank()) {
			missing.add(Messages.Order_caseMissing);
		}
		if (reason.getText().isBlank()) {
			missing.add(Messages.Order_reasonMissing);
		}
		return missing;
	}

	@Override
	protected Callable<T> save() {
		return store.apply(new Entered(caseNo.getText().strip(), kinds.get(kind.getSelectionIndex()),
				reason.getText().strip()));
	}
}
