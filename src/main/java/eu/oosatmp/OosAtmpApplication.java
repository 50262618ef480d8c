package eu.oosatmp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OosAtmpApplication {

  public static void main(String[] args) {
    SpringApplication.run(OosAtmpApplication.class, args);
  }
}
