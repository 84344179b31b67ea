package ducha.app.ui;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.core.ledger.LedgerProblem;

/**
 * The rows a file import refused, one line each as file:row:column: reason, selectable for copying (the text is
 * named {@code import.problems}).
 */
public final class ProblemsDialog extends TitledDialog {

	private final List<LedgerProblem> problems;

	public ProblemsDialog(Shell parent, List<LedgerProblem> problems) {
		super(parent, Messages.Problems_title);
		this.problems = problems;
	}

	@Override
	protected void fill(Composite area) {
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(NLS.bind(Messages.Problems_intro, problems.size()));
		GridDataFactory.fillDefaults().grab(true, false).hint(680, SWT.DEFAULT).applyTo(intro);
		Text list = Forms.named(new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP),
				"import.problems");
		list.setText(problems.stream().map(LedgerProblem::toString).collect(Collectors.joining("\n")));
		GridDataFactory.fillDefaults().grab(true, true).hint(680, 300).applyTo(list);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}
}
