package ducha.inspections.ui.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.core.security.Principal;
import ducha.inspections.Bulletin;
import ducha.inspections.BulletinService;
import ducha.inspections.Finding;

/** 签发通报: the title, the date of issue and the findings the bulletin names (at least one). */
final class BulletinDialog extends FormDialog<Bulletin> {

	private final BulletinService bulletins;
	private final Principal principal;
	private final List<Finding> open;

	private Text title;
	private DateField date;
	private org.eclipse.swt.widgets.List findings;

	BulletinDialog(Shell parent, Background background, BulletinService bulletins, Principal principal,
			List<Finding> open) {
		super(parent, background, Messages.bulletinTitle, Messages.bulletinHeading, Messages.bulletinMessage);
		this.bulletins = bulletins;
		this.principal = principal;
		this.open = open;
	}

	@Override
	protected void fields(Composite form) {
		title = Forms.text(form, Messages.fieldTitle, "bulletin.title");
		date = Forms.date(form, Messages.fieldIssued, "bulletin.date", LocalDate.now());
		Forms.label(form, Messages.fieldFindings);
		findings = Forms.named(new org.eclipse.swt.widgets.List(form, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL),
				"bulletin.findings");
		GridDataFactory.fillDefaults().grab(true, true).hint(460, 140).applyTo(findings);
		open.forEach(f -> findings.add(f.findingNo() + " " + f.description()));
		findings.addListener(SWT.Selection, e -> title.notifyListeners(SWT.Modify, null));
	}

	@Override
	protected List<String> problems() {
		if (Forms.optional(title) == null) {
			return List.of(Messages.titleMissing);
		}
		return findings.getSelectionCount() == 0 ? List.of(Messages.findingsMissing) : List.of();
	}

	@Override
	protected Callable<Bulletin> save() {
		List<String> named = Arrays.stream(findings.getSelectionIndices()).mapToObj(i -> open.get(i).findingNo())
				.toList();
		String text = Forms.optional(title);
		LocalDate issued = Forms.day(date);
		return () -> bulletins.issue(text, issued, named, principal);
	}
}
