import { EnvironmentError, Environment, validateEnvironment } from './config/environment';

/** Validates the environment before anything starts; a bad value ends the process with one clear line. */
export function environmentOrExit(): Environment {
  try {
    // Honour a .env file here too, as @nestjs/config will once the app is built.
    process.loadEnvFile?.('.env');
  } catch {
    // no .env file: fine
  }
  try {
    return validateEnvironment(process.env);
  } catch (error) {
    if (error instanceof EnvironmentError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
