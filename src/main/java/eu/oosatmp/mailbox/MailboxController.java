package eu.oosatmp.mailbox;

import eu.oosatmp.mailbox.DevMailServer.ReceivedMail;
import eu.oosatmp.mailbox.MailContent.Attachment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** The dev mail server's messages as HTML pages, newest first, with their attachments to download. */
@Controller
@DevMailbox
@RequestMapping("/mailbox")
class MailboxController {

  private final DevMailServer server;

  MailboxController(DevMailServer server) {
    this.server = server;
  }

  @GetMapping
  String messages(Model model) {
    List<MailSummary> messages = new ArrayList<>(server.received().stream().map(MailSummary::of).toList());
    Collections.reverse(messages);
    model.addAttribute("messages", messages);
    return "mailbox/messages";
  }

  @GetMapping("/{number}")
  String message(@PathVariable int number, Model model) {
    ReceivedMail mail = received(number);
    model.addAttribute("message", MailSummary.of(mail));
    model.addAttribute("content", MailContent.of(mail.message()));
    return "mailbox/message";
  }

  @GetMapping("/{number}/attachments/{attachment}")
  ResponseEntity<byte[]> attachment(@PathVariable int number, @PathVariable int attachment) {
    Attachment file = MailContent.of(received(number).message()).attachment(attachment)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
            "Message " + number + " has no attachment " + attachment));
    return ResponseEntity.ok()
        .contentType(mediaType(file.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
        .body(file.content());
  }

  private ReceivedMail received(int number) {
    return server.received(number)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No message " + number));
  }

  private static MediaType mediaType(String contentType) {
    try {
      return MediaType.parseMediaType(contentType);
    } catch (InvalidMediaTypeException e) {
      return MediaType.APPLICATION_OCTET_STREAM;
    }
  }
}
