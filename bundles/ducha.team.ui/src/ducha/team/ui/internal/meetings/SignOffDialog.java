package ducha.team.ui.internal.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.core.security.Principal;
import ducha.team.MentoringService;
import ducha.team.Mentorship;

/** 结业确认: the mentor's sign-off; with a milestone not reached, the remarks must say why. */
final class SignOffDialog extends FormDialog<Mentorship> {

	private final MentoringService mentoring;
	private final Principal principal;
	/** The mentorship as the form was opened on it; its version goes back with the sign-off. */
	private Mentorship mentorship;

	private DateField on;
	private Text remarks;

	SignOffDialog(Shell parent, Background background, MentoringService mentoring, Principal principal,
			Mentorship mentorship) {
		super(parent, background, Messages.signOffTitle, Messages.signOffTitle,
				mentorship.openMilestones().isEmpty() ? Messages.signOffMessage
						: NLS.bind(Messages.signOffOpenMilestones, mentorship.openMilestones().size()));
		this.mentoring = mentoring;
		this.principal = principal;
		this.mentorship = mentorship;
	}

	@Override
	protected void fields(Composite form) {
		on = Forms.date(form, Messages.fieldSignedOn, "signoff.date", LocalDate.now());
		remarks = Forms.area(form, Messages.fieldRemarks, "signoff.remarks", 3);
	}

	@Override
	protected List<String> problems() {
		return !mentorship.openMilestones().isEmpty() && remarks.getText().isBlank()
				? List.of(NLS.bind(Messages.signOffOpenMilestones, mentorship.openMilestones().size()))
				: List.of();
	}

	@Override
	protected Callable<Mentorship> save() {
		LocalDate day = Forms.day(on);
		String text = remarks.getText();
		Mentorship seen = mentorship;
		return () -> mentoring.signOff(seen.id(), seen.version(), day, text, principal);
	}

	/** Reads the mentorship again (its milestones may have been reached meanwhile); what was typed stays. */
	@Override
	protected Callable<Runnable> reload() {
		long id = mentorship.id();
		return () -> {
			Mentorship stored = mentoring.mentorship(id, principal);
			return () -> mentorship = stored;
		};
	}
}
