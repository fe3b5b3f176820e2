export { StateMachine, Transition } from './state-machine';
