package ducha.petitions;

import java.time.Instant;

/**
 * One read of a petition's confidential part (the reporter's identity or an attachment), as the audit log recorded
 * it, with the reason given. The log keeps the reason sealed with the petition's key: only those who may open the
 * petition read it here.
 *
 * @param at      when
 * @param account the account that read
 * @param what    what was read (举报人身份, 附件 12)
 * @param reason  the reason given; null when none was given
 */
public record ConfidentialRead(Instant at, String account, String what, String reason) {
}
