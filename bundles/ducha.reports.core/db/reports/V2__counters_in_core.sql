-- Document numbers count in the platform's number_counter now (ducha.core.jpa.Counters), so that a plugin takes
-- a number inside the transaction that stores its document. A kind's counter new to a year starts after the
-- highest number of issued_document, which holds every number document_counter counted.

drop table document_counter;
