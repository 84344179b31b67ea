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
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Text;

import ducha.petitions.Channel;
import ducha.petitions.Intake;
import ducha.petitions.PetitionService;
import ducha.petitions.Reporter;

/** 登记: the intake form. The service checks the input; its problems are shown by the part. */
final class IntakeForm {

	private final Composite control;
	private final Combo channel;
	private final DateTime received;
	private final Button anonymous;
	private final Text name;
	private final Text contact;
	private final Text reported;
	private final Combo category;
	private final Text summary;
	private final Text referringBody;
	private final Button useReferralDeadline;
	private final DateTime referralDeadline;

	IntakeForm(Composite parent, Consumer<Intake> register) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(control);
		Widgets.label(control, Messages.Intake_channel);
		channel = Widgets.combo(control, "intake.channel",
				Arrays.stream(Channel.values()).map(Channel::label).toArray(String[]::new));
		Widgets.label(control, Messages.Intake_received);
		received = Widgets.named(new DateTime(control, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), "intake.received");
		Widgets.label(control, "");
		anonymous = Widgets.named(new Button(control, SWT.CHECK), "intake.anonymous");
		anonymous.setText(Messages.Intake_anonymous);
		Widgets.label(control, Messages.Intake_name);
		name = Widgets.text(control, "intake.name");
		Widgets.label(control, Messages.Intake_contact);
		contact = Widgets.text(control, "intake.contact");
		anonymous.addListener(SWT.Selection, e -> {
			name.setEnabled(!anonymous.getSelection());
			contact.setEnabled(!anonymous.getSelection());
		});
		Widgets.label(control, Messages.Intake_reported);
		reported = Widgets.text(control, "intake.reported");
		reported.setMessage(Messages.Intake_reportedHint);
		Widgets.label(control, Messages.Intake_category);
		category = Widgets.combo(control, "intake.category", PetitionService.CATEGORIES.toArray(String[]::new));
		Widgets.label(control, Messages.Intake_summary);
		summary = Widgets.area(control, "intake.summary", 4);
		Widgets.label(control, Messages.Intake_referringBody);
		referringBody = Widgets.text(control, "intake.referringBody");
		Widgets.label(control, "");
		useReferralDeadline = Widgets.named(new Button(control, SWT.CHECK), "intake.useReferralDeadline");
		useReferralDeadline.setText(Messages.Intake_useReferralDeadline);
		Widgets.label(control, Messages.Intake_referralDeadline);
		referralDeadline = Widgets.named(new DateTime(control, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER),
				"intake.referralDeadline");
		channel.addListener(SWT.Selection, e -> updateReferral());
		updateReferral();
		Widgets.label(control, "");
		Button submit = Widgets.button(control, "intake.register", Messages.Intake_register);
		GridDataFactory.swtDefaults().applyTo(submit);
		submit.addListener(SWT.Selection, e -> register.accept(intake()));
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
		List<String> staff = Arrays.stream(reported.getText().split("[,，、\\s]+")).filter(s -> !s.isBlank()).toList();
		boolean referral = selectedChannel() == Channel.REFERRAL;
		return new Intake(selectedChannel(), date(received), reporter, staff, summary.getText(), category.getText(),
				referral ? referringBody.getText() : null,
				referral && useReferralDeadline.getSelection() ? date(referralDeadline) : null);
	}

	/** Empties the form for the next petition; the reporter's identity must not linger on screen. */
	void clear() {
		name.setText("");
		contact.setText("");
		reported.setText("");
		summary.setText("");
		referringBody.setText("");
		anonymous.setSelection(false);
		name.setEnabled(true);
		contact.setEnabled(true);
	}

	private static LocalDate date(DateTime widget) {
		return LocalDate.of(widget.getYear(), widget.getMonth() + 1, widget.getDay());
	}
}
