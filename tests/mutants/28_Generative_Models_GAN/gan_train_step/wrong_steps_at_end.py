# 두 손실을 모두 backward한 뒤 마지막에 두 옵티마이저를 부른다: g_loss의 그래디언트가 D의 갱신에 섞이고, G 손실은 갱신 전의 D로 계산된다
def gan_train_step(
    G: nn.Module,
    D: nn.Module,
    opt_g: torch.optim.Optimizer,
    opt_d: torch.optim.Optimizer,
    real: torch.Tensor,
    z: torch.Tensor,
) -> tuple[float, float]:
    opt_d.zero_grad()
    opt_g.zero_grad()
    fake = G(z)
    d_loss = discriminator_loss(D(real), D(fake.detach()))
    g_loss = generator_loss(D(fake))
    d_loss.backward()
    g_loss.backward()
    opt_d.step()
    opt_g.step()
    return d_loss.item(), g_loss.item()
