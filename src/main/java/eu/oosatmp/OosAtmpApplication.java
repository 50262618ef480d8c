package eu.oosatmp;

import java.time.ZoneOffset;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OosAtmpApplication {

  public static void main(String[] args) {
    // Timer schedules (e.g. the half-yearly review at 06:00) and every date shown are UTC.
    TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
    SpringApplication.run(OosAtmpApplication.class, args);
  }
}
