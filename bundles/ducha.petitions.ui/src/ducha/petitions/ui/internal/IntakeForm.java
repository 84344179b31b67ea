package ducha.petitions.ui.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Forms;
import ducha.app.ui.Rights;
import ducha.app.ui.StaffListChooser;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;
import ducha.petitions.Channel;
import ducha.petitions.Intake;
import ducha.petitions.PetitionPermissions;
import ducha.petitions.PetitionService;
import ducha.petitions.Reporter;

/**
 * 登记: the intake form. The service checks the input; its problems are shown by the part. The staff reported are
 * chosen by name once the part has read the staff list ({@link #offer}).
 */
final class IntakeForm {

	private final Composite control;
	private final Combo channel;
	private final DateField received;
	private final Button anonymous;
	private final Text name;
	private final Text contact;
	private final StaffListChooser reported;
	private final Combo category;
	private final Text summary;
	private final Text referringBody;
	private final Button useReferralDeadline;
	private final DateField referralDeadline;

	/** @param rights who may register: the form stays readable, its 登记 button needs the permission */
	IntakeForm(Composite parent, Consumer<Intake> register, Rights rights) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(control);
		channel = Forms.choice(control, Messages.Intake_channel, "intake.channel",
				Arrays.stream(Channel.values()).map(Channel::label).toArray(String[]::new));
		Forms.label(control, Messages.Intake_received);
		received = Forms.date(control, "intake.received").label(Messages.Intake_received);
		Forms.label(control, "");
		anonymous = Forms.named(new Button(control, SWT.CHECK), "intake.anonymous");
		anonymous.setText(Messages.Intake_anonymous);
		name = Forms.text(control, Messages.Intake_name, "intake.name");
		contact = Forms.text(control, Messages.Intake_contact, "intake.contact");
		anonymous.addListener(SWT.Selection, e -> {
			name.setEnabled(!anonymous.getSelection());
			contact.setEnabled(!anonymous.getSelection());
		});
		reported = new StaffListChooser(control, "intake.reported", Messages.Intake_reported, List.of(),
				DepartmentNames.of(List.of()));
		category = Forms.choice(control, Messages.Intake_category, "intake.category", PetitionService.CATEGORIES.toArray(String[]::new));
		summary = Forms.area(control, Messages.Intake_summary, "intake.summary", 4);
		referringBody = Forms.text(control, Messages.Intake_referringBody, "intake.referringBody");
		Forms.label(control, "");
		useReferralDeadline = Forms.named(new Button(control, SWT.CHECK), "intake.useReferralDeadline");
		useReferralDeadline.setText(Messages.Intake_useReferralDeadline);
		Forms.label(control, Messages.Intake_referralDeadline);
		referralDeadline = Forms.date(control, "intake.referralDeadline").label(Messages.Intake_referralDeadline);
		channel.addListener(SWT.Selection, e -> updateReferral());
		updateReferral();
		Button submit = Forms.action(control, "intake.register", Messages.Intake_register);
		GridDataFactory.swtDefaults().applyTo(submit);
		rights.require(submit, PetitionPermissions.HANDLE);
		submit.addListener(SWT.Selection, e -> register.accept(intake()));
	}

	/** The staff who may be reported, read by the part off the UI thread. */
	void offer(List<Staff> staff, DepartmentNames departments) {
		reported.offer(staff, departments);
	}

	Composite control() {
		return control;
	}

	private Channel selectedChannel() {
		return Channel.values()[channel.getSelectionIndex()];
	}

	private void updateReferral() {
		boolean referral = selectedChannel() == Channel.REFERRAL;
		referringBody.setEnabled(referral);
		useReferralDeadline.setEnabled(referral);
		referralDeadline.setEnabled(referral);
	}

	Intake intake() {
		Reporter reporter = anonymous.getSelection() ? Reporter.ANONYMOUS
				: Reporter.named(name.getText().strip(), contact.getText().isBlank() ? null : contact.getText().strip());
		List<String> staff = reported.chosen();
		boolean referral = selectedChannel() == Channel.REFERRAL;
		return new Intake(selectedChannel(), date(received), reporter, staff, summary.getText(), category.getText(),
				referral ? referringBody.getText() : null,
				referral && useReferralDeadline.getSelection() ? date(referralDeadline) : null);
	}

	/** Empties the form for the next petition; the reporter's identity must not linger on screen. */
	void clear() {
		name.setText("");
		contact.setText("");
		reported.choose(List.of());
		summary.setText("");
		referringBody.setText("");
		anonymous.setSelection(false);
		name.setEnabled(true);
		contact.setEnabled(true);
	}

	private static LocalDate date(DateField widget) {
		return LocalDate.of(widget.getYear(), widget.getMonth() + 1, widget.getDay());
	}
}
