package ducha.team.ui.internal.meetings;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.swt.widgets.Combo;
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
import ducha.team.ShadowedItem;

/** 跟班事项: a case (by its number) or an inspection (by its number) the new supervisor shadowed, with a note. */
final class ShadowDialog extends FormDialog<Mentorship> {

	private final MentoringService mentoring;
	private final Principal principal;
	private final Mentorship mentorship;

	private Combo kind;
	private Text reference;
	private DateField on;
	private Text note;

	ShadowDialog(Shell parent, Background background, MentoringService mentoring, Principal principal,
			Mentorship mentorship) {
		super(parent, background, Messages.shadowTitle);
		this.mentoring = mentoring;
		this.principal = principal;
		this.mentorship = mentorship;
	}

	@Override
	protected void fields(Composite form) {
		kind = Forms.choice(form, Messages.fieldKind, "shadow.kind",
				Arrays.stream(ShadowedItem.Kind.values()).map(ShadowedItem.Kind::label).toArray(String[]::new));
		kind.select(0);
		reference = Forms.text(form, Messages.fieldReference, "shadow.reference");
		on = Forms.date(form, Messages.fieldDate, "shadow.date", LocalDate.now());
		note = Forms.area(form, Messages.fieldNote, "shadow.note", 3);
	}

	@Override
	protected List<String> problems() {
		return reference.getText().isBlank() ? List.of(Messages.referenceMissing) : List.of();
	}

	@Override
	protected Callable<Mentorship> save() {
		ShadowedItem item = new ShadowedItem(ShadowedItem.Kind.values()[kind.getSelectionIndex()], reference.getText(),
				Forms.day(on), note.getText());
		return () -> mentoring.addShadowed(mentorship.id(), item, principal);
	}
}
