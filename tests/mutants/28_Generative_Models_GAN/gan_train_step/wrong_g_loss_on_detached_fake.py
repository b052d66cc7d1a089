# G 단계에도 detach한 가짜 샘플을 쓴다: G로 그래디언트가 흐르지 않아 G가 배우지 못한다
def gan_train_step(
    G: nn.Module,
    D: nn.Module,
    opt_g: torch.optim.Optimizer,
    opt_d: torch.optim.Optimizer,
    real: torch.Tensor,
    z: torch.Tensor,
) -> tuple[float, float]:
    fake = G(z).detach()
    d_loss = discriminator_loss(D(real), D(fake))
    opt_d.zero_grad()
    d_loss.backward()
    opt_d.step()
    g_loss = generator_loss(D(fake))
    opt_g.zero_grad()
    if g_loss.requires_grad:
        g_loss.backward()
    opt_g.step()
    return d_loss.item(), g_loss.item()
