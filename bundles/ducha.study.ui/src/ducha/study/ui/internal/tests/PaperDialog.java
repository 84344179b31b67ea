package ducha.study.ui.internal.tests;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Forms;
import ducha.app.ui.TitledDialog;
import ducha.study.Paper;
import ducha.study.PaperQuestion;
import ducha.study.Question;
import ducha.study.StudyTest;

/** The paper drawn for a test, as it is printed, with the key at its end (selectable for copying). */
final class PaperDialog extends TitledDialog {

	private final StudyTest test;
	private final Paper paper;

	PaperDialog(Shell parent, StudyTest test, Paper paper) {
		super(parent, NLS.bind(Messages.paper_title, test.code()));
		this.test = test;
		this.paper = paper;
	}

	@Override
	protected void fill(Composite area) {
		Text text = Forms.named(new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER),
				"paper.text");
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 480).applyTo(text);
		StringBuilder s = new StringBuilder(test.title()).append('\n');
		for (PaperQuestion q : paper.questions()) {
			s.append('\n').append(q.number()).append(". [").append(q.question().type().label()).append(' ')
					.append(q.question().points()).append("] ").append(q.question().text()).append('\n');
			for (int i = 0; i < q.options().size(); i++) {
				s.append("    ").append(Question.letter(i)).append(". ").append(q.options().get(i)).append('\n');
			}
		}
		s.append('\n').append(Messages.paper_key).append('\n');
		paper.questions().forEach(q -> s.append(q.number()).append(". ").append(q.answer()).append('\n'));
		text.setText(s.toString());
	}
}
